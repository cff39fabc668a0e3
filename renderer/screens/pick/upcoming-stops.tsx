import { List, Text } from '@mantine/core';
import type { PickTask } from '../../../shared/contract';
import { SectionCard } from '../../components/section-card';
import { describeStop } from './pick-texts';

/** The next stops in walk order, so the picker can see where the walk goes. */
export function UpcomingStops({ upcoming }: { upcoming: readonly PickTask[] }) {
  return (
    <SectionCard title="Next stops" testId="pick-upcoming">
      {upcoming.length === 0 ? (
        <Text c="dimmed">No more stops after this one.</Text>
      ) : (
        <List spacing="xs" fz="lg">
          {upcoming.map((task) => (
            <List.Item key={task.key} data-testid="pick-upcoming-stop">
              {describeStop(task)}
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
