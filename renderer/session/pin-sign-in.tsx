import { Button, Group, PasswordInput, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useStationQuery } from '../api/react/use-station-query';
import { errorMessageFor } from '../api/station-call-error';
import { ErrorNotice } from '../components/error-notice';
import { checkPin, describePerson } from './session-texts';
import { useSignIn } from './use-session';

/** For someone without their badge: pick your name, type your PIN, Enter. */
export function PinSignIn() {
  const people = useStationQuery('session.people', {});
  const [personId, setPersonId] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const signIn = useSignIn();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (personId === null) {
      setProblem('Pick your name first');
      return;
    }
    const check = checkPin(pin);
    if (!check.ok) {
      setProblem(check.message);
      return;
    }
    signIn.mutate(
      { method: 'pin', personId, pin: check.value },
      {
        onError: (error) => {
          setProblem(errorMessageFor(error));
          setPin('');
        },
      },
    );
  };

  if (people.isError) {
    return (
      <ErrorNotice
        title="Could not load the list of people"
        error={people.error}
        onRetry={() => void people.refetch()}
        retrying={people.isFetching}
      />
    );
  }

  const options = (people.data ?? []).map((p) => ({ value: p.id, label: describePerson(p) }));
  return (
    <form onSubmit={submit} noValidate data-testid="pin-sign-in">
      <Stack gap="sm" maw={420}>
        <Select
          label="Your name"
          placeholder={people.isPending ? 'Loading…' : 'Type or pick your name'}
          data={options}
          value={personId}
          onChange={(value) => {
            setPersonId(value);
            setProblem(null);
          }}
          searchable
          nothingFoundMessage="Nobody by that name can sign in here"
          size="lg"
          autoFocus
        />
        <PasswordInput
          label="PIN"
          value={pin}
          onChange={(event) => {
            setPin(event.currentTarget.value);
            setProblem(null);
          }}
          error={problem}
          inputMode="numeric"
          autoComplete="off"
          size="lg"
        />
        <Group>
          <Button type="submit" size="lg" loading={signIn.isPending}>
            Sign in with PIN
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
