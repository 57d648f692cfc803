import { t } from '../i18n/i18n.ts';
import type { SideName } from '../model/lab.ts';

/** The two sides in the order the page shows them. */
export const SIDES: readonly SideName[] = ['hierarchy', 'p2p'];

/** A side's name as the page, its regions and its pictures say it, in the language in force. */
export const sideLabel = (side: SideName): string => t(`side.${side}`);

export const SIDE_INDEX: Record<SideName, 0 | 1> = { hierarchy: 0, p2p: 1 };
