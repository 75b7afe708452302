// The subset of autocannon 8's programmatic API that the benchmark uses; the package ships no types.
declare module 'autocannon' {
  interface RequestParams {
    method?: string
    path?: string
    body?: string
    headers?: Record<string, string>
  }

  interface Request extends RequestParams {
    setupRequest?: (request: RequestParams) => RequestParams
  }

  interface Options {
    url: string
    connections?: number
    duration?: number
    requests?: Request[]
  }

  interface Histogram {
    average: number
    p50: number
    p99: number
    total: number
  }

  interface Result {
    requests: Histogram
    latency: Histogram
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
  }

  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
