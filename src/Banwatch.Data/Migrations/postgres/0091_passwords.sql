-- People sign in to the web app with a password; only its hash (ASP.NET Core Identity's PasswordHasher: PBKDF2 with a
-- salt and iteration count inside the hash) is kept. Null: no password set, so the person cannot sign in on a page.
ALTER TABLE users ADD COLUMN password_hash TEXT;
