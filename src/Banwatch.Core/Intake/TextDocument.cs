using Banwatch.Core.Provenance;

namespace Banwatch.Core.Intake;

/// <summary>
/// A document as text, after HTML/PDF extraction: every offset Banwatch stores points into <see cref="Text"/>.
/// </summary>
public sealed record TextDocument(string Name, string Text, string? Title = null, SourceUrl? SourceUrl = null, DateOnly? Published = null);
