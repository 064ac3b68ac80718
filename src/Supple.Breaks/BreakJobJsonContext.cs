using System.Text.Json.Serialization;

namespace Supple.Breaks;

/// <summary>Source-generated JSON for <see cref="BreakJob"/> and <see cref="BreakRecordRequest"/>: no reflection, so it works in the native program.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(BreakJob))]
[JsonSerializable(typeof(BreakRecordRequest))]
internal sealed partial class BreakJobJsonContext : JsonSerializerContext;
