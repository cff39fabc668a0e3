import { Button, Group, Stack, TextInput } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { errorMessageFor } from '../api/station-call-error';
import { checkBadge } from './session-texts';
import { useSignIn } from './use-session';

/**
 * A keyboard-wedge scanner types the badge fast and presses Enter, so the field has focus from
 * the start and Enter signs in. A failed scan empties the field, ready for the next one.
 */
export function BadgeSignIn({ autoFocus }: { autoFocus: boolean }) {
  const [badge, setBadge] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const signIn = useSignIn();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkBadge(badge);
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
