namespace Studio.Domain.Common;

/// <summary>Invalid input or a broken business rule, told with a message the caller can act on.</summary>
public class WrongParameterException(string message) : DomainException(message);
