using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Banwatch.Core.Intake;
using Banwatch.Output;

namespace Banwatch.Features.Intake;

/// <summary>Another sentence stating the same fact as its row: the sentence's offsets, and where the state is named in it.</summary>
public sealed record ExtractionPlace(int Start, int End, int TextStart)
{
    /// <summary>"120-245", as a CSV cell shows it.</summary>
    public override string ToString() => $"{Start}-{End}";
}

/// <summary>
/// One line of `banwatch extract --format jsonl`: a mention, a fact or a figure, with the character offsets of
/// its evidence in the extracted text. <see cref="Start"/>/<see cref="End"/> are the evidence sentence;
/// <see cref="Text"/> is the name or figure as written, at <see cref="TextStart"/>. A fact stated in several sentences
/// is one row, its other sentences in <see cref="Also"/>; a fact the learned model proposed carries its
/// <see cref="LearnedScore"/>.
/// </summary>
public sealed record ExtractionRow(
    string Doc,
    string Kind,
    string? State,
    int Start,
    int End,
    string Evidence,
    string Text,
    int TextStart,
    int? Value = null,
    string? What = null,
    string? Event = null,
    string? Issue = null,
    string? Stance = null,
    IReadOnlyList<ExtractionPlace>? Also = null,
    double? LearnedScore = null)
{
    public const string MentionKind = "mention";
    public const string FigureKind = "figure";

    /// <summary>Mentions, then facts, then figures, each in text order.</summary>
    public static IEnumerable<ExtractionRow> From(Extraction x)
    {
        var text = x.Document.Text;
        string Evidence(TextSpan s) => s.Of(text);
        foreach (var m in x.Mentions)
        {
            yield return new(x.Document.Name, MentionKind, m.State.Value, m.Sentence.Start, m.Sentence.End, Evidence(m.Sentence), m.Span.Of(text), m.Span.Start);
        }

        foreach (var f in x.Facts.OrderBy(f => f.Sentence.Start).ThenBy(f => f.Kind))
        {
            yield return new(
                x.Document.Name, IntakeNames.Of(f.Kind), f.State.Value, f.Sentence.Start, f.Sentence.End, Evidence(f.Sentence), f.Mention.Of(text), f.Mention.Start,
                Issue: f.Issue is { } i ? IntakeNames.Of(i) : null,
                Stance: f.Stance is { } st ? IntakeNames.Of(st) : null,
                Also: f.Also?.Select(p => new ExtractionPlace(p.Sentence.Start, p.Sentence.End, p.Mention.Start)).ToList(),
                LearnedScore: f.LearnedScore);
        }

        foreach (var g in x.Figures)
        {
            yield return new(
                x.Document.Name, FigureKind, null, g.Sentence.Start, g.Sentence.End, Evidence(g.Sentence), g.Span.Of(text), g.Span.Start,
                Value: g.Value, What: IntakeNames.Of(g.What), Event: g.Event);
        }
    }
}

/// <summary>
/// Rows as JSON lines, written straight to UTF-8 with metadata generated at build time: `extract` writes several
/// times its input's size, and serialising each row by reflection into a string of its own was a tenth of its time.
/// </summary>
public static class ExtractionLines
{
    /// <summary>
    /// The context's own options, which match <see cref="Json.Compact"/>'s for this record (no enum or date in it), so
    /// rows are written by the generated code directly rather than through the serializer's metadata.
    /// </summary>
    private static readonly JsonTypeInfo<ExtractionRow> Row = ExtractionRowJson.Default.ExtractionRow;

    private static readonly JsonWriterOptions Writing = new() { Encoder = Json.Compact.Encoder, SkipValidation = true };

    /// <summary>One line per row, each ended by a newline (the same objects as <see cref="Json.Compact"/> gives).</summary>
    public static string Of(IEnumerable<ExtractionRow> rows)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using var writer = new Utf8JsonWriter(buffer, Writing);
        foreach (var row in rows)
        {
            JsonSerializer.Serialize(writer, row, Row);
            writer.Flush();
            buffer.Write("\n"u8);
            writer.Reset();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ExtractionRow))]
internal sealed partial class ExtractionRowJson : JsonSerializerContext;
