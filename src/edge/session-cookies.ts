import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/** The staff session's cookie, shared by the API and the console (which reads it on every page). */
export const STAFF_COOKIE = 'redress_staff';

/** The customer's session on their case page, and on the API's follow routes. */
export const CUSTOMER_COOKIE = 'redress_follow';

export function setStaffCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean): void {
  reply.setCookie(STAFF_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure, expires });
}

export function clearStaffCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(STAFF_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
