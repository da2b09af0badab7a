import type { Pose } from './body';
import type { PoseName } from './names';
import { FRONT_POSES } from './poses-above';
import { KNEELING_POSES } from './poses-kneeling';
import { LYING_POSES } from './poses-lying';
import { RECOVERY_POSES } from './poses-recovery';
import { UPRIGHT_POSES } from './poses-upright';

/**
 * Every named pose. Typed against POSE_NAMES both ways, so a name without a pose, or a pose
 * without a name, fails to compile.
 */
export const POSES: Record<PoseName, Pose> = {
	...LYING_POSES,
	...FRONT_POSES,
	...KNEELING_POSES,
	...UPRIGHT_POSES,
	...RECOVERY_POSES
} satisfies Record<PoseName, Pose>;
