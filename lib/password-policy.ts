// Apart from lib/passwords.ts so client forms can import it without argon2.
export const MIN_PASSWORD_LENGTH = 12;
