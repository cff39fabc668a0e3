import { Button, Group, Stack, TextInput } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { errorMessageFor } from '../api/station-call-error';
import { useScans } from '../scanning/use-scans';
import { checkBadge } from './session-texts';
import { useSignIn } from './use-session';

/**
 * A badge scan from any scanner signs in while this panel shows: scans never land in text
 * fields, so the panel takes them from the scan dispatch. A badge typed by hand goes in the
 * field and Enter signs in. A failed attempt empties the field, ready for the next one.
 */
export function BadgeSignIn({ autoFocus }: { autoFocus: boolean }) {
  const [badge, setBadge] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const signIn = useSignIn();

  const trySignIn = (text: string) => {
    const check = checkBadge(text);
    if (!check.ok) {
      setProblem(check.message);
      setBadge('');
      return;
    }
    signIn.mutate(
      { method: 'badge', badge: check.value },
      {
        onError: (error) => {
          setProblem(errorMessageFor(error));
          setBadge('');
        },
      },
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    trySignIn(badge);
  };
  useScans((scan) => {
    setBadge(scan.content);
    setProblem(null);
    trySignIn(scan.content);
  });

  return (
    <form onSubmit={submit} noValidate data-testid="badge-sign-in">
      <Stack gap="sm">
        <TextInput
          label="Badge"
          description="Scan your badge, or type its code and press Enter."
          value={badge}
          onChange={(event) => {
            setBadge(event.currentTarget.value);
            setProblem(null);
          }}
          error={problem}
          size="lg"
          autoFocus={autoFocus}
          autoComplete="off"
          spellCheck={false}
          leftSection={<IconId size={24} aria-hidden />}
          maw={420}
        />
        <Group>
          <Button type="submit" size="lg" loading={signIn.isPending}>
            Sign in
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
