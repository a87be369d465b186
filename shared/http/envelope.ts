import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { AppError, type FieldIssue } from '../errors';
import { type Page, type PageInfo, pageInfo } from '../page';

/** What a handler hands back: the status and the envelope's data (plus pagination for lists). */
export interface Reply {
  status: number;
  data: unknown;
  pagination?: PageInfo;
}

export const ok = (data: unknown): Reply => ({ status: 200, data });
export const created = (data: unknown): Reply => ({ status: 201, data });

export function paged<T, U>(page: Page<T>, map: (item: T) => U): Reply {
  return {
    status: 200,
    data: page.items.map(map),
    pagination: pageInfo(page),
  };
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

export function successResponse(reply: Reply, requestId: string): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: reply.status,
    headers: { ...JSON_HEADERS, 'x-request-id': requestId },
    body: JSON.stringify({ success: true, data: reply.data, error: null, ...reply.pagination }),
  };
}

export interface ErrorBody {
  success: false;
  data: null;
  error: string;
  message: string;
  details?: FieldIssue[] | Record<string, unknown>;
  requestId: string;
}

/** The one place that decides what a failure shows: a contract code, never a stack or an internal message. */
export function errorResponse(error: unknown, requestId: string): APIGatewayProxyStructuredResultV2 {
  const known = error instanceof AppError && error.code !== 'internal-error' ? error : undefined;
  const body: ErrorBody = {
    success: false,
    data: null,
    error: known?.code ?? 'internal-error',
    message: known?.message ?? 'Something went wrong on our side. Quote the request id if you contact us.',
    ...(known?.details ? { details: known.details } : {}),
    requestId,
  };
  return {
    statusCode: known?.status ?? 500,
    headers: { ...JSON_HEADERS, 'x-request-id': requestId, ...known?.headers },
    body: JSON.stringify(body),
  };
}
