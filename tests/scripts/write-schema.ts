import { writeFileSync } from 'node:fs';
import { planJsonSchemaText } from './plan-json-schema';
import { routineJsonSchemaText } from './routine-json-schema';

writeFileSync(new URL('../../routines/schema.json', import.meta.url), routineJsonSchemaText());
console.log('wrote routines/schema.json');
writeFileSync(new URL('../../routines/plans/schema.json', import.meta.url), planJsonSchemaText());
console.log('wrote routines/plans/schema.json');
