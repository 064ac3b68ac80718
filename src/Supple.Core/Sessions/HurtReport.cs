using Supple.Core.Content;

namespace Supple.Core.Sessions;

/// <summary>Where and when the person said "this hurts".</summary>
/// <param name="StretchId">The stretch being done.</param>
/// <param name="Side">The side being worked, or <see cref="Side.None"/>.</param>
/// <param name="At">When it was reported.</param>
public sealed record HurtReport(string StretchId, Side Side, DateTimeOffset At);
