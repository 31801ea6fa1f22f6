/**
 * Runs tasks on the main thread (`--jobs 1`) or on a pool of worker threads
 * (`--jobs N`). The pool hands each idle worker the next queued task; the
 * caller keeps the order of output (see run.ts) by awaiting results in
 * submission order.
 */
import { Worker } from 'node:worker_threads';
import { runTask, type Task, type TaskResult, type TaskSettings } from './tasks.js';

/** Runs tasks somewhere and resolves with their results. */
export interface TaskRunner {
  /** How many tasks may usefully be in flight at once. */
  readonly capacity: number;
  run(task: Task): Promise<TaskResult>;
  /** Stops the workers, if any. */
  close(): Promise<void>;
}

/** The data a worker thread is started with. */
export interface WorkerSetup {
  role: 'article-lens-worker';
  settings: TaskSettings;
}

/** A request from the main thread to a worker. */
export interface WorkerRequest {
  id: number;
  task: Task;
}

/** A worker's answer to a {@link WorkerRequest}. */
export interface WorkerResponse {
  id: number;
  result: TaskResult;
}

/** Whether `data` is a {@link WorkerSetup}: tells a worker of ours from any other thread. */
export function isWorkerSetup(data: unknown): data is WorkerSetup {
  return typeof data === 'object' && data !== null && (data as { role?: unknown }).role === 'article-lens-worker';
}

/** Runs every task synchronously on the calling thread. */
export function createInlineRunner(settings: TaskSettings): TaskRunner {
  return {
    capacity: 1,
    run: (task) => Promise.resolve(runTask(task, settings)),
    close: () => Promise.resolve(),
  };
}

interface Pending {
  resolve: (result: TaskResult) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  busy: number | undefined;
}

/** Tasks in flight per worker: one running, one or two waiting, so no worker idles between tasks. */
const QUEUE_PER_WORKER = 3;

/**
 * Starts `jobs` workers running `entry` (the CLI's own module, which serves
 * tasks when started as a worker).
 */
export function createWorkerRunner(jobs: number, settings: TaskSettings, entry: URL): TaskRunner {
  const setup: WorkerSetup = { role: 'article-lens-worker', settings };
  const pending = new Map<number, Pending>();
  const queue: WorkerRequest[] = [];
  let nextId = 0;
  let failure: Error | undefined;

  const dispatch = (slot: PoolWorker): void => {
    const request = queue.shift();
    slot.busy = request?.id;
    if (request !== undefined) slot.worker.postMessage(request);
  };
  const fail = (error: Error): void => {
    failure ??= error;
    for (const entry of pending.values()) entry.reject(failure);
    pending.clear();
  };
  const slots: PoolWorker[] = Array.from({ length: jobs }, () => {
    const slot: PoolWorker = { worker: new Worker(entry, { workerData: setup }), busy: undefined };
    slot.worker.on('message', ({ id, result }: WorkerResponse) => {
      pending.get(id)?.resolve(result);
      pending.delete(id);
      dispatch(slot);
    });
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (pending.size > 0) fail(new Error(`a worker thread stopped (exit code ${code})`));
    });
    return slot;
  });

  return {
    capacity: jobs * QUEUE_PER_WORKER,
    run(task: Task): Promise<TaskResult> {
      if (failure !== undefined) return Promise.reject(failure);
      const id = nextId++;
      const result = new Promise<TaskResult>((resolve, reject) => pending.set(id, { resolve, reject }));
      queue.push({ id, task });
      const idle = slots.find((slot) => slot.busy === undefined);
      if (idle !== undefined) dispatch(idle);
      return result;
    },
    async close(): Promise<void> {
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
