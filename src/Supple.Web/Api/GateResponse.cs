using Supple.Core.Safety;

namespace Supple.Web.Api;

/// <summary>
/// The safety gate: closed while a "see a doctor first" outcome stands with no doctor's clearance recorded after it
/// (then no routine is offered: a player working offline must not start one either).
/// </summary>
/// <param name="Closed">True while no routine is offered.</param>
/// <param name="Refusal">Why, and what to do, while it is closed.</param>
/// <param name="SeeDoctorAt">When the assessment said to see a doctor first, or <c>null</c>.</param>
/// <param name="Urgency">How soon (emergency, same-day, soon), or <c>null</c>.</param>
/// <param name="RedFlags">The warning signs answered yes (ids).</param>
/// <param name="RecentInjury">True when a recent injury or fall was reported.</param>
/// <param name="ClearedOn">The date a doctor cleared the person, when recorded.</param>
public sealed record GateResponse(
    bool Closed,
    AdviceResponse? Refusal,
    DateTimeOffset? SeeDoctorAt,
    RedFlagUrgency? Urgency,
    IReadOnlyList<string> RedFlags,
    bool RecentInjury,
    DateOnly? ClearedOn)
{
    internal static GateResponse From(SafetyStatus status) => new(
        status.IsClosed,
        SafetyGate.Refusal(status) is { } refusal ? AdviceResponse.From(refusal) : null,
        status.SeeDoctor?.At,
        status.SeeDoctor?.Urgency,
        [.. (status.SeeDoctor?.RedFlags ?? []).Select(f => Core.Safety.RedFlags.Get(f).Id)],
        status.SeeDoctor?.RecentInjury ?? false,
        status.Clearance?.ClearedOn);
}
