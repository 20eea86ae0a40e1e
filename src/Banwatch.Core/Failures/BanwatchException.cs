namespace Banwatch.Core.Failures;

/// <summary>
/// A failure a person can act on: its <see cref="Kind"/> decides the exit code and HTTP status
/// (<see cref="ErrorContract"/>), its message is one line naming the value, file, line or field. Fields in the
/// message are <see cref="Field"/> arguments, so each entry point can name them its own way.
/// </summary>
public class BanwatchException(FailureKind kind, FormattableString message, Exception? inner = null)
    : Exception(message.ToString(FieldStyle.Web), inner)
{
    public FailureKind Kind { get; } = kind;

    public ErrorContract Contract => ErrorContract.For(Kind);

    /// <summary>The first field the message names, for a form to point at; null when it names none.</summary>
    public Field? Field { get; } = message.GetArguments().OfType<Field>().Cast<Field?>().FirstOrDefault();

    /// <summary>The message with fields as <paramref name="style"/> names them.</summary>
    public virtual string MessageFor(FieldStyle style) => message.ToString(style);
}
