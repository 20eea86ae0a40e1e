using Banwatch.Core.Failures;

namespace Banwatch.Errors;

/// <summary>
/// Exceptions from outside Banwatch's own code, sorted into the kinds of <see cref="ErrorContract"/>. What is not
/// known here is a defect (<see cref="FailureKind.Unexpected"/>): the entry point logs it and shows one line.
/// </summary>
public static class Failure
{
    public static BanwatchException? Known(Exception exception) => exception switch
    {
        BanwatchException known => known,
        FileNotFoundException e => new BanwatchException(FailureKind.MissingFile, $"{e.FileName ?? e.Message}: no such file", e),
        DirectoryNotFoundException e => new BanwatchException(FailureKind.MissingFile, $"{OneLine(e.Message)}", e),
        UnauthorizedAccessException e => new BanwatchException(FailureKind.MissingFile, $"{OneLine(e.Message)}", e),
        IOException e => new BanwatchException(FailureKind.Unavailable, $"{OneLine(e.Message)}", e),
        _ => null,
    };

    /// <summary>The first line of a message from elsewhere, which may hold several.</summary>
    public static string OneLine(string message) =>
        message.Split(['\r', '\n'], 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : message;
}
