/** What every route module is built from: passed in, never imported globally. */
import type { AppConfig } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import type { GraphStore } from '../core/store/port.js';

export interface AppContext {
  config: AppConfig;
  store: GraphStore;
  logger: Logger;
}
