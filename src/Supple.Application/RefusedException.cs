using Supple.Core.Safety;

namespace Supple.Application;

/// <summary>
/// A use case refused, for a reason a person can act on: why (<see cref="Title"/>, the message) and what to do. The
/// wording is Core's (<see cref="SafetyMessages"/>) or this layer's (<see cref="AppMessages"/>); doors add only how to
/// act in their own terms (a command, a link).
/// </summary>
public sealed class RefusedException : Exception
{
    public RefusedException()
        : this(RefusalReason.NothingToDo, "Refused", "The request was refused.")
    {
    }

    public RefusedException(string message)
        : this(RefusalReason.NothingToDo, "Refused", message)
    {
    }

    public RefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = RefusalReason.NothingToDo;
        Title = "Refused";
        Sources = [];
    }

    public RefusedException(RefusalReason reason, string title, string message, IReadOnlyList<SafetySource>? sources = null)
        : base(message)
    {
        Reason = reason;
        Title = title;
        Sources = sources ?? [];
    }

    /// <summary>A refusal made from a piece of safety advice (its title, message and sources).</summary>
    public RefusedException(RefusalReason reason, SafetyAdvice advice)
        : this(reason, (advice ?? throw new ArgumentNullException(nameof(advice))).Title, advice.Message, advice.Sources)
    {
    }

    /// <summary>Why, in a few words.</summary>
    public RefusalReason Reason { get; }

    /// <summary>A short heading.</summary>
    public string Title { get; }

    /// <summary>Where the rule comes from, when it is a safety rule.</summary>
    public IReadOnlyList<SafetySource> Sources { get; }
}
