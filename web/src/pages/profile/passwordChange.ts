/**
 * The checks the password-change form makes before asking the server: every field filled in, the
 * new password typed the same twice, and the rules that need no list (length, not the current
 * password) counted the way the server counts them: Unicode code points after NFKC normalisation.
 * Whether a password is common or personal only the server can tell.
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export interface PasswordChangeInput {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

/** Translation keys of the messages, per field. */
export interface PasswordChangeErrors {
  currentPassword?: 'pages.password.currentRequired';
  newPassword?:
    | 'pages.password.newRequired'
    | 'problems.passwordReasons.too-short'
    | 'problems.passwordReasons.too-long'
    | 'problems.passwordReasons.same-as-current';
  repeatPassword?: 'pages.password.repeatRequired' | 'pages.password.mismatch';
}

const passwordLength = (password: string): number => Array.from(password.normalize('NFKC')).length;

export function checkPasswordChange(input: PasswordChangeInput): PasswordChangeErrors {
  const { currentPassword, newPassword, repeatPassword } = input;
  const errors: PasswordChangeErrors = {};
  if (currentPassword === '') errors.currentPassword = 'pages.password.currentRequired';
  if (newPassword === '') errors.newPassword = 'pages.password.newRequired';
  else if (passwordLength(newPassword) < PASSWORD_MIN_LENGTH)
    errors.newPassword = 'problems.passwordReasons.too-short';
  else if (passwordLength(newPassword) > PASSWORD_MAX_LENGTH)
    errors.newPassword = 'problems.passwordReasons.too-long';
  else if (newPassword === currentPassword) errors.newPassword = 'problems.passwordReasons.same-as-current';
  if (repeatPassword === '') errors.repeatPassword = 'pages.password.repeatRequired';
  else if (newPassword !== '' && repeatPassword !== newPassword)
    errors.repeatPassword = 'pages.password.mismatch';
  return errors;
}
