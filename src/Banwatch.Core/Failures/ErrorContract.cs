namespace Banwatch.Core.Failures;

/// <summary>
/// The error contract, in one place: every kind of failure has one exit code (CLI) and one HTTP status (API and
/// pages). README's "Errors" table is generated from <see cref="All"/> and kept equal by a test.
/// </summary>
/// <param name="Title">The problem+json title and the heading of an error page.</param>
/// <param name="Meaning">When this kind applies, as the README explains it.</param>
public sealed record ErrorContract(FailureKind Kind, int ExitCode, int HttpStatus, string Title, string Meaning)
{
    /// <summary>Exit code of a command that did what was asked.</summary>
    public const int Success = 0;

    /// <summary>In the order of <see cref="FailureKind"/>; exit codes and statuses are part of the public interface, so never renumber.</summary>
    public static readonly IReadOnlyList<ErrorContract> All =
    [
        new(FailureKind.Invalid, 2, 400, "Bad request", "a value given is not usable: unknown or ambiguous name, bad date, value out of range, unknown option"),
        new(FailureKind.NotFound, 3, 404, "Not found", "an id of something stored that is not there (document, fact)"),
        new(FailureKind.MalformedFile, 4, 422, "Unusable file", "a file's content cannot be used; the message names the file, line and column"),
        new(FailureKind.MissingFile, 5, 404, "File not found", "a file or folder named does not exist, or the folder to write into does not"),
        new(FailureKind.Unavailable, 6, 503, "Storage unavailable", "the database or the disk cannot be reached, read or written (server down, read-only file, disk full)"),
        new(FailureKind.Conflict, 7, 409, "Conflict", "the request contradicts what exists (port in use, data that stored records still refer to)"),
        new(FailureKind.Forbidden, 8, 403, "Forbidden", "a write this person or address may not make"),
        new(FailureKind.Unauthenticated, 9, 401, "Unauthorized", "credentials that name no one: an unknown, revoked or expired API token, a disabled account"),
        new(FailureKind.Unexpected, 1, 500, "Unexpected error", "a defect in Banwatch: one line, and where the log with the details is"),
    ];

    public static ErrorContract For(FailureKind kind) => All[(int)kind];
}
