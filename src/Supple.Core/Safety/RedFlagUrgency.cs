namespace Supple.Core.Safety;

/// <summary>How soon the sources say to get medical help for a warning sign (most urgent first).</summary>
public enum RedFlagUrgency
{
    /// <summary>Now: call the emergency number or go to an emergency department.</summary>
    Emergency,

    /// <summary>Today: an urgent appointment with a doctor, or the local urgent medical advice line.</summary>
    SameDay,

    /// <summary>Soon: the first appointment with a doctor (GP) you can get; the sources give no same-day urgency.</summary>
    Soon,
}
