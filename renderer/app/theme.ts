import {
  Button,
  createTheme,
  NavLink,
  Radio,
  rem,
  SegmentedControl,
  TextInput,
} from '@mantine/core';

/**
 * Read at arm's length and used with gloves: body text is 18px, and anything a person taps is
 * at least 48px tall (Mantine's `lg` inputs and buttons are 50px).
 */
export const wharfTheme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontSizes: {
    xs: rem(14),
    sm: rem(16),
    md: rem(18),
    lg: rem(20),
    xl: rem(24),
  },
  headings: {
    sizes: {
      h1: { fontSize: rem(32), lineHeight: '1.25' },
      h2: { fontSize: rem(24), lineHeight: '1.3' },
      h3: { fontSize: rem(20), lineHeight: '1.35' },
    },
  },
  components: {
    Button: Button.extend({ defaultProps: { size: 'lg' } }),
    TextInput: TextInput.extend({ defaultProps: { size: 'lg' } }),
    SegmentedControl: SegmentedControl.extend({ defaultProps: { size: 'lg' } }),
    RadioGroup: Radio.Group.extend({ defaultProps: { size: 'lg' } }),
    NavLink: NavLink.extend({
      styles: { root: { minHeight: rem(56) }, label: { fontSize: 'var(--mantine-font-size-lg)' } },
    }),
  },
});
