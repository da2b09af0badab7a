import { writeFileSync } from 'node:fs';
import { routineJsonSchemaText } from './routine-json-schema';

writeFileSync(new URL('../../routines/schema.json', import.meta.url), routineJsonSchemaText());
console.log('wrote routines/schema.json');
