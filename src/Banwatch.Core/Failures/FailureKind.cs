namespace Banwatch.Core.Failures;

/// <summary>
/// What went wrong, as the person who has to act on it sees it. Each kind has one exit code and one HTTP
/// status, in <see cref="ErrorContract"/>; code throws a <see cref="BanwatchException"/> with its kind.
/// </summary>
public enum FailureKind
{
    /// <summary>A value someone gave is not usable: an unknown or ambiguous name, a bad date, a value out of range, a bad option.</summary>
    Invalid,

    /// <summary>An id of something stored that is not there: document #7, fact 12.</summary>
    NotFound,

    /// <summary>A file's content cannot be used: a data CSV with a bad row, a gold file that is not JSON, a document that is not text.</summary>
    MalformedFile,

    /// <summary>A file or folder someone named does not exist, or a file cannot be written where asked.</summary>
    MissingFile,

    /// <summary>The database cannot be reached, read or written: server down or gone, read-only file, disk full.</summary>
    Unavailable,

    /// <summary>The request contradicts what already exists: a port in use, data that would orphan stored records.</summary>
    Conflict,

    /// <summary>A write this person or address may not make.</summary>
    Forbidden,

    /// <summary>Credentials that do not name anyone: an unknown, revoked or expired API token, or a disabled account.</summary>
    Unauthenticated,

    /// <summary>A defect in Banwatch: one line for the person, the details in the error log.</summary>
    Unexpected,
}
