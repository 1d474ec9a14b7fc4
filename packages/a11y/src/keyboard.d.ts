import type { Page } from 'playwright';
import type { Violation } from './checks.js';
export declare function checkKeyboardTrap(page: Page, options?: { presses?: number; stuckAfter?: number; within?: string }): Promise<Violation[]>;
