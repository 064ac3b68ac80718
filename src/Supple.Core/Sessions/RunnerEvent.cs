namespace Supple.Core.Sessions;

/// <summary>Something that happened while a <see cref="SessionRunner"/> played a timeline.</summary>
/// <param name="At">When it happened, by the injected clock.</param>
public abstract record RunnerEvent(DateTimeOffset At);
