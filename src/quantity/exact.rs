//! Exact arithmetic on figures: decimals and fractions as integer ratios,
//! so "4.7 billion" is exactly `4700000000.0`.

/// Denominators accepted in fractions such as "7-3/4 pct".
pub(crate) fn fraction_den_ok(d: u128) -> bool {
    matches!(d, 2 | 3 | 4 | 8 | 16 | 32 | 64)
}

/// Parses "1,234.5" into an exact ratio (12345, 10).
pub(crate) fn parse_decimal(s: &str) -> Option<(u128, u128)> {
    let mut num: u128 = 0;
    let mut den: u128 = 1;
    let mut frac = false;
    let mut digits = 0;
    for c in s.bytes() {
        match c {
            b'0'..=b'9' => {
                digits += 1;
                if digits > 26 {
                    return None;
                }
                num = num * 10 + u128::from(c - b'0');
                if frac {
                    den *= 10;
                }
            }
            b'.' => frac = true,
            _ => {}
        }
    }
    Some((num, den))
}

pub(crate) fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

/// Nearest f64 to the ratio n/d (exact whenever the reduced terms fit in 53 bits).
pub(crate) fn ratio(n: u128, d: u128) -> f64 {
    if d == 0 {
        return 0.0;
    }
    if n.is_multiple_of(d) {
        return (n / d) as f64;
    }
    let g = gcd(n, d);
    (n / g) as f64 / (d / g) as f64
}

/// Exact value of (a*b)/(c*d*e), falling back to floating point on overflow.
pub(crate) fn value_of(nums: &[u128], dens: &[u128]) -> f64 {
    let mut n: Option<u128> = Some(1);
    for &x in nums {
        n = n.and_then(|v| v.checked_mul(x));
    }
    let mut d: Option<u128> = Some(1);
    for &x in dens {
        d = d.and_then(|v| v.checked_mul(x));
    }
    match (n, d) {
        (Some(n), Some(d)) => ratio(n, d),
        _ => {
            let n: f64 = nums.iter().map(|&x| x as f64).product();
            let d: f64 = dens.iter().map(|&x| x as f64).product();
            n / d
        }
    }
}

/// A parsed amount: raw number times a scale, with the tokens it covers.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Amt {
    pub(crate) num: u128,
    pub(crate) den: u128,
    pub(crate) smul: u128,
    pub(crate) sden: u128,
    pub(crate) scaled: bool,
    pub(crate) letter_scale: bool,
    pub(crate) written: bool,
    pub(crate) year_like: bool,
    /// Token after the amount.
    pub(crate) next: usize,
    /// A word glued to the amount that is not a scale ("1st"); must be consumed.
    pub(crate) glued_word: Option<usize>,
}

impl Amt {
    pub(crate) fn value(&self, extra_den: u128) -> f64 {
        value_of(&[self.num, self.smul], &[self.den, self.sden, extra_den])
    }

    pub(crate) fn raw_le(&self, other: &Amt) -> bool {
        // num/den <= other.num/other.den (ignoring scale)
        match (
            self.num.checked_mul(other.den),
            other.num.checked_mul(self.den),
        ) {
            (Some(a), Some(b)) => a <= b,
            _ => (self.num as f64 / self.den as f64) <= (other.num as f64 / other.den as f64),
        }
    }

    pub(crate) fn is_integer(&self) -> bool {
        match (
            self.num.checked_mul(self.smul),
            self.den.checked_mul(self.sden),
        ) {
            (Some(n), Some(d)) => d != 0 && n % d == 0,
            _ => false,
        }
    }

    pub(crate) fn with_scale_of(mut self, other: &Amt) -> Amt {
        self.smul = other.smul;
        self.sden = other.sden;
        self.scaled = true;
        self.letter_scale = other.letter_scale;
        self
    }
}
