namespace Studio.Domain.Common;

/// <summary>
/// A refusal that a route states without further detail (a filter that needs both ends of a range, a person that
/// does not exist): the API answers 400 with the message alone.
/// </summary>
public sealed class RuleViolationException(string message) : DomainException(message);
