using Supple.Core.Planning;
using Supple.Core.Sessions;

namespace Supple.Web.Api;

/// <summary>
/// A stretch of the plan: why it is there, how to do it with what the person has, and where the safety rules put it
/// today (its level, or paused).
/// </summary>
public sealed record PlanStretchResponse(
    string Id,
    string Name,
    StretchEmphasis Emphasis,
    IReadOnlyList<string> Why,
    string? PropNote,
    DosageLevel Level,
    bool Paused,
    DateTimeOffset? PausedSince,
    string? LastChange,
    string Picture);
