using System.Text.Json;
using System.Text.Json.Serialization;
using Banwatch.Core;
using Banwatch.Core.Provenance;

namespace Banwatch.Output;

/// <summary>Enums whose members carry a <see cref="WireAttribute"/> ("stockpile-destruction") go out as WireName spells them.</summary>
internal sealed class WireNameEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => WireName.HasOwnSpellings(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(WireNameEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class WireNameEnumConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            WireName.TryParse<T>(reader.GetString(), out var value) ? value : throw new JsonException($"'{reader.GetString()}' is not one of: {string.Join(", ", WireName.All<T>())}");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(WireName.Of(value));
    }
}

/// <summary>A <see cref="ReportedDate"/> as the source gave it: "2023-12-15", "2013-07" or "2004".</summary>
internal sealed class ReportedDateJsonConverter : JsonConverter<ReportedDate>
{
    public override ReportedDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReportedDate.TryParse(reader.GetString(), out var date) ? date : throw new JsonException($"'{reader.GetString()}' is not a date");

    public override void Write(Utf8JsonWriter writer, ReportedDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
