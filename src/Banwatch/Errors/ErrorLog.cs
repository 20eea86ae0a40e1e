using System.Globalization;

namespace Banwatch.Errors;

/// <summary>
/// Where the details of unexpected failures go, so that a person sees one line and a developer the whole trace:
/// $XDG_STATE_HOME/banwatch/errors.log (default ~/.local/state/banwatch/errors.log).
/// </summary>
public sealed class ErrorLog(string path)
{
    public static ErrorLog Default { get; } = new(DefaultPath());

    public string Path { get; } = path;

    /// <summary>Appends the exception under a short id; says where it went, or that no log could be written.</summary>
    public ErrorLogEntry Write(Exception exception, string context)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            File.AppendAllText(Path, $"--- {DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)} entry {id}: {context}{Environment.NewLine}{exception}{Environment.NewLine}");
            return new ErrorLogEntry(id, Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ErrorLogEntry(id, null);
        }
    }

    private static string DefaultPath()
    {
        var state = Environment.GetEnvironmentVariable("XDG_STATE_HOME") is { Length: > 0 } xdg
            ? xdg
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
        return System.IO.Path.Combine(state, "banwatch", "errors.log");
    }
}

/// <param name="Path">The log file, or null when it could not be written.</param>
public sealed record ErrorLogEntry(string Id, string? Path)
{
    /// <summary>Where a person finds the details, as the CLI says it.</summary>
    public string Where => Path is null ? $"no error log could be written (entry {Id})" : $"details in {Path} (entry {Id})";
}
