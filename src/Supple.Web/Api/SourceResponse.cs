using Supple.Core.Safety;

namespace Supple.Web.Api;

/// <summary>A public source a warning sign or a piece of advice comes from (no address: the programme's own article).</summary>
public sealed record SourceResponse(string Title, string? Url)
{
    internal static IReadOnlyList<SourceResponse> From(IEnumerable<SafetySource> sources) =>
        [.. sources.Select(s => new SourceResponse(s.Title, s.Url?.ToString()))];
}
