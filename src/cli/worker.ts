/** The worker-thread side of `--jobs N`: answers each task request with its result. */
import type { MessagePort } from 'node:worker_threads';
import type { WorkerRequest, WorkerResponse } from './pool.js';
import { runTask, type TaskSettings } from './tasks.js';

/** Serves task requests arriving on `port` until the thread is terminated. */
export function serveTasks(port: MessagePort, settings: TaskSettings): void {
  port.on('message', ({ id, task }: WorkerRequest) => {
    const response: WorkerResponse = { id, result: runTask(task, settings) };
    port.postMessage(response);
  });
}
