import { type AddressInfo, type Server, type Socket, createServer } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
// Messages after which a client may wait for the server's answer.
const BOUNDARIES = new Set(['S', 'Q', 'H', 'c', 'f']);

interface Batch {
  readonly client: number;
  readonly bytes: Uint8Array;
  /** Ended with Sync or a simple Query: the client's unit of work is complete (not a Flush mid-way). */
  readonly complete: boolean;
  readonly onData: (data: Uint8Array) => void;
  readonly done: (error?: unknown) => void;
}

/**
 * Serves an in-process PGlite over the Postgres wire protocol to many pooled connections.
 *
 * PGlite is one backend. Two rules keep pooled clients from corrupting each other there, which
 * @electric-sql/pglite-socket 0.2 does not (it queues single messages, so one client's Parse can land between
 * another's Parse and Bind: "bind message supplies 2 parameters, but prepared statement requires 1"):
 * - a client's messages up to its Sync (or simple Query) run as one uninterrupted unit, even across a Flush;
 * - while a transaction is open, only the client that opened it runs; the others wait.
 */
export class PgliteWireServer {
  private server: Server | undefined;
  private readonly queue: Batch[] = [];
  private readonly sockets = new Map<number, Socket>();
  private owner: number | undefined;
  /** The owner flushed mid-way through an extended-protocol unit (Flush, COPY): it keeps the backend. */
  private ownerMidUnit = false;
  private running = false;
  private stopped = false;
  private nextClient = 1;

  constructor(private readonly db: PGlite) {}

  async start(): Promise<number> {
    const server = createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    return (server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const socket of this.sockets.values()) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private accept(socket: Socket): void {
    const client = this.nextClient++;
    this.sockets.set(client, socket);
    socket.setNoDelay(true);
    let buffer = Buffer.alloc(0);
    let started = false;
    let pending: Buffer[] = [];
    let chain = Promise.resolve();

    const send = (bytes: Buffer, complete: boolean) =>
      new Promise<void>((resolve, reject) => {
        this.queue.push({
          client,
          bytes: new Uint8Array(bytes),
          complete,
          onData: (data) => {
            if (data.length && socket.writable) socket.write(Buffer.from(data));
          },
          done: (error) => (error ? reject(error) : resolve()),
        });
        void this.drain();
      });

    socket.on('data', (data) => {
      buffer = Buffer.concat([buffer, data]);
      for (;;) {
        if (!started) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          const code = buffer.readInt32BE(4);
          if (code === SSL_REQUEST) {
            socket.write('N');
            buffer = buffer.subarray(8);
            continue;
          }
          if (code === CANCEL_REQUEST) {
            socket.destroy();
            return;
          }
          if (buffer.length < length) return;
          const startup = buffer.subarray(0, length);
          buffer = buffer.subarray(length);
          started = true;
          chain = chain.then(() => send(startup, true));
          continue;
        }
        if (buffer.length < 5) return;
        const type = String.fromCharCode(buffer[0] as number);
        const length = 1 + buffer.readInt32BE(1);
        if (buffer.length < length) return;
        const message = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        if (type === 'X') {
          socket.end();
          return;
        }
        pending.push(message);
        if (BOUNDARIES.has(type)) {
          const batch = Buffer.concat(pending);
          pending = [];
          const complete = type === 'S' || type === 'Q';
          chain = chain.then(() => send(batch, complete)).catch(() => {
            socket.destroy();
          });
        }
      }
    });
    const close = () => {
      this.sockets.delete(client);
      if (this.stopped) return;
      for (let i = this.queue.length - 1; i >= 0; i -= 1) {
        if (this.queue[i]?.client === client) this.queue.splice(i, 1)[0]?.done(new Error('client closed'));
      }
      if (this.owner === client && this.db.isInTransaction()) {
        // The client went away mid-transaction: roll it back so the others can run.
        void this.db.exec('ROLLBACK').finally(() => {
          this.owner = undefined;
          void this.drain();
        });
      } else if (this.owner === client) {
        this.owner = undefined;
        this.ownerMidUnit = false;
        void this.drain();
      }
    };
    socket.on('close', close);
    socket.on('error', () => socket.destroy());
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length) {
        const sticky = this.owner !== undefined && (this.ownerMidUnit || this.db.isInTransaction());
        const index = sticky ? this.queue.findIndex((b) => b.client === this.owner) : 0;
        if (index < 0) return; // the owner has not sent its next batch yet
        const [batch] = this.queue.splice(index, 1);
        if (!batch) return;
        try {
          await this.db.runExclusive(() => this.db.execProtocolRawStream(batch.bytes, { onRawData: batch.onData }));
          this.owner = batch.client;
          this.ownerMidUnit = !batch.complete;
          batch.done();
        } catch (error) {
          batch.done(error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
