import { describe, expect, it } from 'vitest';
import { parseRequestCounts } from './head-office-requests';

describe('parseRequestCounts', () => {
  it('adds up the request counts of each route over methods and statuses', () => {
    const text = [
      '# TYPE wharf_http_request_duration_seconds histogram',
      'wharf_http_request_duration_seconds_bucket{le="0.001",method="GET",route="/v1/shape",status="200"} 3',
      'wharf_http_request_duration_seconds_sum{method="GET",route="/v1/shape",status="200"} 12.5',
      'wharf_http_request_duration_seconds_count{method="GET",route="/v1/shape",status="200"} 40',
      'wharf_http_request_duration_seconds_count{method="GET",route="/v1/shape",status="409"} 2',
      'wharf_http_request_duration_seconds_count{method="POST",route="/v1/mutations",status="200"} 100',
      'process_cpu_seconds_total 1.5',
    ].join('\n');
    expect(Object.fromEntries(parseRequestCounts(text))).toEqual({
      '/v1/shape': 42,
      '/v1/mutations': 100,
    });
  });
});
