using System.Text.Json.Serialization;
using Supple.Core.Content;

namespace Supple.Core.Planning;

/// <summary>Source-generated JSON metadata for the stored plan (no reflection, so Core stays AOT-compatible).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = false)]
[JsonSerializable(typeof(StoredPlan))]
[JsonSerializable(typeof(Prop))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
