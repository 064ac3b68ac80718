namespace Supple.Core.Planning;

/// <summary>Thrown when an answers file or body is invalid; carries every problem found.</summary>
public sealed class InvalidAnswersException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public InvalidAnswersException(IReadOnlyList<string> errors)
        : base(errors.Count == 0 ? "The answers are invalid." : "The answers are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception without details.</summary>
    public InvalidAnswersException() : this([]) { }

    /// <summary>Creates the exception with a message.</summary>
    public InvalidAnswersException(string message) : base(message) => Errors = [message];

    /// <summary>Creates the exception with a message and cause.</summary>
    public InvalidAnswersException(string message, Exception innerException) : base(message, innerException) => Errors = [message];

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Errors { get; }
}
