import { Group, Radio, Stack, Text } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import type { TablerIcon } from '@tabler/icons-react';
import { ThemeSchema } from '../../../shared/contract';
import type { Theme } from '../../../shared/contract';
import { ErrorNotice } from '../../components/error-notice';
import { useThemeChoice } from './use-theme-choice';

const OPTIONS: readonly { value: Theme; label: string; icon: TablerIcon }[] = [
  { value: 'light', label: 'Light', icon: IconSun },
  { value: 'dark', label: 'Dark', icon: IconMoon },
  { value: 'auto', label: 'Auto', icon: IconDeviceDesktop },
];

export function ThemeChoice({ current }: { current: Theme }) {
  const theme = useThemeChoice(current);
  return (
    <Stack gap="sm">
      <Radio.Group
        label="Theme"
        description="Auto follows this computer's light or dark setting."
        value={theme.value}
        onChange={(value) => {
          const picked = ThemeSchema.safeParse(value);
          if (picked.success && picked.data !== theme.value) theme.choose(picked.data);
        }}
      >
        <Group gap="sm" mt="xs" wrap="wrap">
          {OPTIONS.map((option) => (
            <Radio.Card
              key={option.value}
              value={option.value}
              aria-label={option.label}
              radius="md"
              p="md"
              w={160}
              mih={56}
            >
              <Group gap="sm" wrap="nowrap">
                <Radio.Indicator />
                <option.icon size={24} aria-hidden />
                <Text fz="lg">{option.label}</Text>
              </Group>
            </Radio.Card>
          ))}
        </Group>
      </Radio.Group>
      {theme.error && <ErrorNotice title="The theme was not saved" error={theme.error} />}
    </Stack>
  );
}
