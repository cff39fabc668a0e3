import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle, IconQuestionMark, IconX } from '@tabler/icons-react';
import type { PackCallout } from '../../../shared/contract';

const LOOK: Record<PackCallout['kind'], { color: string; title: string; icon: typeof IconX }> = {
  missing: { color: 'orange', title: 'Missing', icon: IconQuestionMark },
  extra: { color: 'red', title: 'Extra', icon: IconAlertTriangle },
  wrong: { color: 'red', title: 'Wrong item', icon: IconX },
};

/** Missing, extra and wrong items, large and in colour: the packer must not miss them. */
export function PackCallouts({ callouts }: { callouts: readonly PackCallout[] }) {
  if (callouts.length === 0) return null;
  return (
    <Stack gap="sm" data-testid="pack-callouts">
      {callouts.map((callout, index) => {
        const look = LOOK[callout.kind];
        return (
          <Alert
            key={`${callout.kind}:${index}`}
            color={look.color}
            variant="filled"
            icon={<look.icon size={28} />}
            title={look.title}
            data-testid="pack-callout"
            data-kind={callout.kind}
            styles={{ message: { fontSize: 'var(--mantine-font-size-xl)' } }}
          >
            {callout.text}
          </Alert>
        );
      })}
    </Stack>
  );
}
