/**
 * @typhon Connected socket pairs inside this process: socketpair(2) for hosts that have no
 * such call (Node has none that is synchronous). Each end is a descriptor the host reserved,
 * so its number is a real, unique fd; bytes sent on one end queue at the other until read.
 * Like a Linux AF_UNIX stream pair, an end holds at most LOCAL_SOCKET_BUFFER unread bytes
 * (a send beyond that is partial, then EAGAIN), a read of an empty end whose peer is open
 * gives EAGAIN (callers that block wait in their own way), and a read after the peer closed
 * or shut down its writing gives end of file. This is what asyncio's self-pipe, and programs
 * that talk to themselves through socket.socketpair(), need; sockets to other processes
 * and the network come with the host's networking (DESIGN D7).
 */

/** Linux's default socket buffer (net.core.wmem_default). */
export const LOCAL_SOCKET_BUFFER = 212992;

const EAGAIN = 11, EBADF = 9, EPIPE = 32, EINVAL = 22, ENOTCONN = 107;
/** poll(2) event bits. */
export const POLLIN = 1, POLLOUT = 4, POLLHUP = 16;

class Endpoint {
  /** Bytes sent by the peer and not read yet, oldest first. */
  readonly chunks: Uint8Array[] = [];
  size = 0;
  peer: Endpoint | null = null;
  /** shutdown(SHUT_RD) / shutdown(SHUT_WR) on this end. */
  readShut = false;
  writeShut = false;
}

export class LocalSockets {
  private readonly ends = new Map<number, Endpoint>();

  has(fd: number): boolean {
    return this.ends.has(fd);
  }

  /** Connects two reserved descriptors as the two ends of a pair. */
  pair(fdA: number, fdB: number): void {
    const a = new Endpoint(), b = new Endpoint();
    a.peer = b;
    b.peer = a;
    this.ends.set(fdA, a);
    this.ends.set(fdB, b);
  }

  /** recv(2): up to n queued bytes; empty at end of file; -EAGAIN when nothing is there yet. */
  recv(fd: number, n: number): Uint8Array | number {
    const e = this.ends.get(fd);
    if (e === undefined) return -EBADF;
    if (n < 0) return -EINVAL;
    if (e.size === 0) return e.readShut || e.peer === null || e.peer.writeShut ? new Uint8Array(0) : -EAGAIN;
    const out = new Uint8Array(Math.min(n, e.size));
    let got = 0;
    while (got < out.length) {
      const head = e.chunks[0];
      const take = Math.min(head.length, out.length - got);
      out.set(head.subarray(0, take), got);
      got += take;
      if (take === head.length) e.chunks.shift();
      else e.chunks[0] = head.subarray(take);
    }
    e.size -= got;
    return out;
  }

  /** send(2): how many bytes the peer's buffer took; -EAGAIN when it is full; -EPIPE when it is gone. */
  send(fd: number, data: Uint8Array): number {
    const e = this.ends.get(fd);
    if (e === undefined) return -EBADF;
    const peer = e.peer;
    if (e.writeShut || peer === null) return -EPIPE;
    const room = LOCAL_SOCKET_BUFFER - peer.size;
    if (data.length > 0 && room <= 0) return -EAGAIN;
    const n = Math.min(room, data.length);
    if (n > 0) {
      peer.chunks.push(data.slice(0, n));
      peer.size += n;
    }
    return n;
  }

  /** shutdown(2): how = 0 (SHUT_RD), 1 (SHUT_WR) or 2 (SHUT_RDWR). */
  shutdown(fd: number, how: number): number {
    const e = this.ends.get(fd);
    if (e === undefined) return -EBADF;
    if (how < 0 || how > 2) return -EINVAL;
    if (e.peer === null) return -ENOTCONN;
    if (how !== 1) e.readShut = true;
    if (how !== 0) e.writeShut = true;
    return 0;
  }

  /** Forgets the end (the host closes the reserved descriptor); the peer then reads end of file. */
  close(fd: number): void {
    const e = this.ends.get(fd);
    if (e === undefined) return;
    this.ends.delete(fd);
    if (e.peer !== null) e.peer.peer = null;
    e.peer = null;
  }

  /** poll(2)'s revents for the end (POLLIN, POLLOUT, POLLHUP), or -1 if fd is not one. */
  readiness(fd: number): number {
    const e = this.ends.get(fd);
    if (e === undefined) return -1;
    const peer = e.peer;
    let ev = 0;
    if (e.size > 0 || e.readShut || peer === null || peer.writeShut) ev |= POLLIN;
    if (peer !== null && !e.writeShut && peer.size < LOCAL_SOCKET_BUFFER) ev |= POLLOUT;
    if (peer === null || (e.writeShut && (e.readShut || peer.writeShut))) ev |= POLLHUP;
    return ev;
  }
}
