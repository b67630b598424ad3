import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../../src/main/updox/answer';
import { UpdoxError } from '../../../src/main/updox/updox-error';
import { practiceGetResponse, practiceRequestBody } from '../../../src/main/updox/wire/practice';
import { okOnly } from '../../../src/main/updox/wire/primitives';
import { practice } from './support';

const ok = { successful: true, responseMessage: 'OK', responseCode: 2000 };

function thrown(run: () => unknown): UpdoxError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UpdoxError);
    return error as UpdoxError;
  }
  throw new Error('expected an UpdoxError');
}

describe('practice wire shape', () => {
  it('reads "true" strings, nulls and missing /1.1 keys the way the reference says Updox sends them', () => {
    const details = practiceGetResponse.parse({
      ...ok,
      practice: {
        accountId: 'a1',
        name: 'X',
        directAddress: null,
        active: 'true',
        vetted: 'FALSE',
        postal: 43017,
      },
    });
    expect(details).toMatchObject({
      accountId: 'a1',
      name: 'X',
      directAddress: '',
      address1: '',
      postal: '43017',
      active: true,
      vetted: false,
      websiteUrl: '',
      countryCode: '',
      version11FieldsReturned: false,
    });
  });

  it('sends every field, active included, and the /1.1 keys only on /1.1', () => {
    const record = practice({ active: false, address2: '' });
    const v11 = practiceRequestBody(record, '1.1');
    const v10 = practiceRequestBody(record, '1.0');
    expect(v11).toEqual({ ...record });
    expect(v10).toEqual(
      Object.fromEntries(
        Object.entries(record).filter(
          ([k]) => !['websiteUrl', 'alternativeWebsiteUrl', 'countryCode'].includes(k),
        ),
      ),
    );
    expect(v10.active).toBe(false);
  });
});

describe('reading an answer', () => {
  const spec = { method: 'PracticeGet', response: practiceGetResponse };

  it('an answer without the envelope is unexpected', () => {
    const error = thrown(() => readAnswer(spec, { status: 200, json: { practice: {} } }));
    expect(error.kind).toBe('unexpected-response');
  });

  it('2000 without the data is unexpected; successful:false with 2000 is unexpected', () => {
    expect(thrown(() => readAnswer(spec, { status: 200, json: ok })).kind).toBe('unexpected-response');
    const contradictory = { status: 200, json: { ...ok, successful: false } };
    expect(thrown(() => readAnswer({ method: 'Ping', response: okOnly }, contradictory)).kind).toBe(
      'unexpected-response',
    );
  });

  it('a non-2xx answer with an Updox envelope is that Updox code; without one it is unexpected', () => {
    const unknownMethod = {
      status: 404,
      json: { successful: false, responseCode: 4000, responseMessage: 'Unknown method: PracticeGit' },
    };
    const error = thrown(() => readAnswer(spec, unknownMethod));
    expect(error).toMatchObject({
      kind: 'updox',
      code: 4000,
      httpStatus: 404,
      updoxMessage: 'Unknown method: PracticeGit',
    });
    expect(thrown(() => readAnswer(spec, { status: 413, json: undefined })).kind).toBe('unexpected-response');
  });

  it('a responseCode sent as a string is still read', () => {
    const error = thrown(() =>
      readAnswer(spec, {
        status: 200,
        json: { successful: 'false', responseCode: '4011', responseMessage: 'x' },
      }),
    );
    expect(error).toMatchObject({ kind: 'auth', code: 4011 });
  });

  it('an unknown code shows its number and Updox words', () => {
    const error = thrown(() =>
      readAnswer(spec, {
        status: 200,
        json: { successful: false, responseCode: 4444, responseMessage: 'Odd thing' },
      }),
    );
    expect(error.toData()).toEqual({ kind: 'updox', code: 4444, message: 'Updox answered 4444: Odd thing.' });
  });
});
