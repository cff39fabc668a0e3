import { Button, Kbd } from '@mantine/core';
import type { ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A floor button: tall enough for a gloved finger, with the key that does the same shown on it,
 * so people learn the keys from the screen.
 */
export function KeyButton({
  keyHint,
  onClick,
  children,
  testId,
  type = 'button',
  ...props
}: Omit<ButtonProps, 'size'> & {
  keyHint: string;
  onClick?: () => void;
  children: ReactNode;
  testId?: string;
  type?: 'button' | 'submit';
}) {
  return (
    <Button
      size="xl"
      mih={56}
      type={type}
      onClick={onClick}
      rightSection={<Kbd size="md">{keyHint}</Kbd>}
      data-testid={testId}
      {...props}
    >
      {children}
    </Button>
  );
}
