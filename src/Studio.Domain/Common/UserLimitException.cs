namespace Studio.Domain.Common;

/// <summary>One more active person would pass the installation's user limit.</summary>
public sealed class UserLimitException(int limit) : WrongParameterException("User limit reached.")
{
    public int Limit { get; } = limit;
}
