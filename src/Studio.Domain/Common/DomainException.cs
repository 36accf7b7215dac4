namespace Studio.Domain.Common;

/// <summary>
/// A refusal the domain states in its own terms: something unknown, not allowed, or against a rule. The API turns each
/// kind into Zou's status code and body; the UI into words. Anything else thrown from the domain is a bug.
/// </summary>
public abstract class DomainException(string message) : Exception(message);
