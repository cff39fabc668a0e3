import { NavLink, Stack } from '@mantine/core';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { SCREENS } from './routes';

export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const { pathname } = useLocation();
  return (
    <Stack gap="xs">
      {SCREENS.map((screen) => (
        <NavLink
          key={screen.path}
          component={RouterNavLink}
          to={screen.path}
          onClick={onNavigate}
          label={screen.label}
          leftSection={<screen.icon size={26} aria-hidden />}
          active={pathname === screen.path || pathname.startsWith(`${screen.path}/`)}
          variant="filled"
        />
      ))}
    </Stack>
  );
}
