import { describe, expect, it } from 'vitest'

import { CliOptionsError, parseCliOptions } from './cli-options.js'

describe('parseCliOptions', () => {
  it('makes a demo firm without credentials', () => {
    const options = parseCliOptions(['--port', '4011'], {})

    expect(options.start.port).toBe(4011)
    expect(options.start.host).toBe('127.0.0.1')
    expect(options.start.firms.map((firm) => firm.name)).toEqual(['demo'])
    expect(options.generatedFirms).toEqual(['demo'])
  })

  it('reads a firm from the environment', () => {
    const options = parseCliOptions([], {
      SANDBOX_PORT: '0',
      CLOCKWORK_FIRM: 'acme',
      CLOCKWORK_API_KEY: 'k',
      CLOCKWORK_API_SECRET: 's',
      CLOCKWORK_SERVICE_KEY: 'f',
    })

    expect(options.start.port).toBe(0)
    expect(options.start.firms).toEqual([
      { name: 'acme', apiKey: 'k', apiSecret: 's', serviceKey: 'f' },
    ])
    expect(options.generatedFirms).toEqual([])
  })

  it('pairs repeated firm flags in order', () => {
    const argv = ['--firm', 'a', '--api-key', 'ka', '--api-secret', 'sa', '--service-key', 'fa']
    const more = ['--firm', 'b', '--api-key', 'kb', '--api-secret', 'sb', '--service-key', 'fb']
    const options = parseCliOptions([...argv, ...more], { CLOCKWORK_FIRM: 'ignored' })

    expect(options.start.firms.map((firm) => [firm.name, firm.apiKey])).toEqual([
      ['a', 'ka'],
      ['b', 'kb'],
    ])
  })

  it.each([
    [['--seed'], true],
    [['--seed', '--port', '1'], true],
    [['--seed', '42'], 42],
  ])('reads %j as seed %s', (argv, seed) => {
    expect(parseCliOptions(argv, {}).start.seed).toBe(seed)
  })

  it.each([
    ['bad port', ['--port', 'http']],
    ['credentials without firm', ['--api-key', 'k']],
    ['half the credentials', ['--firm', 'a', '--api-key', 'k']],
    ['bad seed', ['--seed', 'abc']],
  ])('rejects %s', (_case, argv) => {
    expect(() => parseCliOptions(argv, {})).toThrow(CliOptionsError)
  })
})
