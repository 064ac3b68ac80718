namespace Supple.Breaks;

/// <summary>Tells the person a desk break is due, outside the terminal when possible.</summary>
internal interface IBreakNotifier
{
    /// <summary>True when notifications leave the terminal (a desktop notification).</summary>
    bool IsDesktop { get; }

    /// <summary>Shows a notification; never throws.</summary>
    void Notify(string title, string body);
}
