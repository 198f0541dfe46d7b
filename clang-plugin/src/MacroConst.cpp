//===- MacroConst.cpp - the integer value of a macro ----------------------===//

#include "MacroConst.h"

#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/SmallString.h"

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>
#include <vector>

using namespace clang;

namespace {

using Tokens = std::vector<std::string>;

// Bounds so that a pathological macro cannot make the compile slow.
const unsigned MaxDepth = 32;
const size_t MaxTokens = 4096;

bool isIdent(const std::string &T) {
  return !T.empty() && (std::isalpha((unsigned char)T[0]) || T[0] == '_');
}
bool isNumber(const std::string &T) {
  return !T.empty() && std::isdigit((unsigned char)T[0]);
}

class Expander {
public:
  explicit Expander(Preprocessor &PP) : PP(PP) {}
  bool expand(const Tokens &In, std::set<std::string> &Hide, unsigned Depth,
              Tokens &Out);

private:
  Preprocessor &PP;

  const MacroInfo *macro(const std::string &Name) {
    IdentifierInfo *II = PP.getIdentifierInfo(Name);
    return II && II->hasMacroDefinition() ? PP.getMacroInfo(II) : nullptr;
  }
  Tokens body(const MacroInfo *MI) {
    Tokens B;
    for (const Token &T : MI->tokens())
      B.push_back(PP.getSpelling(T));
    return B;
  }
  bool substitute(const MacroInfo *MI, const std::vector<Tokens> &Args,
                  std::set<std::string> &Hide, unsigned Depth, Tokens &Out);
};

// Replace parameters by arguments and paste "a ## b".
bool Expander::substitute(const MacroInfo *MI, const std::vector<Tokens> &Args,
                          std::set<std::string> &Hide, unsigned Depth,
                          Tokens &Out) {
  Tokens B = body(MI);
  auto ParamIndex = [&](const std::string &T) -> int {
    unsigned I = 0;
    for (const IdentifierInfo *P : MI->params()) {
      if (P->getName() == T)
        return I;
      ++I;
    }
    return -1;
  };
  Tokens Res;
  for (size_t I = 0; I < B.size(); ++I) {
    if (B[I] == "#" )
      return false; // stringification: not an integer
    int P = ParamIndex(B[I]);
    bool Pasted = (I + 1 < B.size() && B[I + 1] == "##") ||
                  (I > 0 && B[I - 1] == "##");
    if (P < 0 || P >= (int)Args.size()) {
      Res.push_back(B[I]);
      continue;
    }
    if (Pasted) {
      Res.insert(Res.end(), Args[P].begin(), Args[P].end());
    } else {
      Tokens Exp;
      std::set<std::string> H = Hide;
      if (!expand(Args[P], H, Depth + 1, Exp))
        return false;
      Res.insert(Res.end(), Exp.begin(), Exp.end());
    }
  }
  // Paste.
  Tokens Pasted;
  for (size_t I = 0; I < Res.size(); ++I) {
    if (Res[I] == "##" && !Pasted.empty() && I + 1 < Res.size()) {
      Pasted.back() += Res[I + 1];
      ++I;
      continue;
    }
    Pasted.push_back(Res[I]);
  }
  Out = Pasted;
  return true;
}

bool Expander::expand(const Tokens &In, std::set<std::string> &Hide,
                      unsigned Depth, Tokens &Out) {
  if (Depth > MaxDepth)
    return false;
  for (size_t I = 0; I < In.size(); ++I) {
    if (Out.size() > MaxTokens)
      return false;
    const std::string &T = In[I];
    const MacroInfo *MI = isIdent(T) && !Hide.count(T) ? macro(T) : nullptr;
    if (!MI) {
      Out.push_back(T);
      continue;
    }
    Tokens Sub;
    if (MI->isObjectLike()) {
      if (!substitute(MI, {}, Hide, Depth, Sub))
        return false;
    } else {
      if (I + 1 >= In.size() || In[I + 1] != "(") {
        Out.push_back(T);
        continue;
      }
      std::vector<Tokens> Args(1);
      int Nest = 0;
      size_t J = I + 2;
      for (; J < In.size(); ++J) {
        if (In[J] == "(")
          ++Nest;
        else if (In[J] == ")" && Nest-- == 0)
          break;
        else if (In[J] == "," && Nest == 0 &&
                 Args.size() < MI->getNumParams()) {
          Args.emplace_back();
          continue;
        }
        Args.back().push_back(In[J]);
      }
      if (J >= In.size())
        return false;
      I = J;
      if (!substitute(MI, Args, Hide, Depth, Sub))
        return false;
    }
    Hide.insert(T);
    bool Ok = expand(Sub, Hide, Depth + 1, Out);
    Hide.erase(T);
    if (!Ok)
      return false;
  }
  return true;
}

// Integer expression over token spellings, C precedence.
class Evaluator {
public:
  explicit Evaluator(const Tokens &T) : T(T) {}
  bool run(int64_t &V) { return cond(V) && Pos == T.size(); }

private:
  const Tokens &T;
  size_t Pos = 0;

  bool at(const char *S) const { return Pos < T.size() && T[Pos] == S; }
  bool take(const char *S) {
    if (!at(S))
      return false;
    ++Pos;
    return true;
  }

  bool cond(int64_t &V) {
    if (!binary(0, V))
      return false;
    if (!take("?"))
      return true;
    int64_t A, B;
    if (!cond(A) || !take(":") || !cond(B))
      return false;
    V = V ? A : B;
    return true;
  }

  static int prec(const std::string &Op) {
    static const char *Levels[][4] = {
        {"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="},
        {"<", ">", "<=", ">="}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "%"}};
    for (int L = 0; L < 10; ++L)
      for (const char *S : Levels[L])
        if (S && Op == S)
          return L;
    return -1;
  }

  bool binary(int MinPrec, int64_t &V) {
    if (!unary(V))
      return false;
    while (Pos < T.size()) {
      int P = prec(T[Pos]);
      if (P < MinPrec || P < 0)
        return true;
      std::string Op = T[Pos++];
      int64_t R;
      if (!binary(P + 1, R))
        return false;
      uint64_t A = V, B = R;
      if (Op == "||") V = V || R;
      else if (Op == "&&") V = V && R;
      else if (Op == "|") V = A | B;
      else if (Op == "^") V = A ^ B;
      else if (Op == "&") V = A & B;
      else if (Op == "==") V = V == R;
      else if (Op == "!=") V = V != R;
      else if (Op == "<") V = V < R;
      else if (Op == ">") V = V > R;
      else if (Op == "<=") V = V <= R;
      else if (Op == ">=") V = V >= R;
      else if (Op == "<<") { if (B > 63) return false; V = A << B; }
      else if (Op == ">>") { if (B > 63) return false; V = A >> B; }
      else if (Op == "+") V = A + B;
      else if (Op == "-") V = A - B;
      else if (Op == "*") V = A * B;
      else if (Op == "/" || Op == "%") {
        if (R == 0) return false;
        V = Op == "/" ? V / R : V % R;
      }
    }
    return true;
  }

  // "( type-name ) operand": identifiers (keywords, typedefs) and stars.
  bool castAhead() const {
    if (!at("("))
      return false;
    size_t J = Pos + 1;
    bool Any = false;
    for (; J < T.size() && T[J] != ")"; ++J) {
      if (isIdent(T[J]))
        Any = true;
      else if (T[J] != "*")
        return false;
    }
    if (!Any || J + 1 >= T.size())
      return false;
    const std::string &Next = T[J + 1];
    return isNumber(Next) || isIdent(Next) || Next == "(" || Next == "-" ||
           Next == "~" || Next == "!" || Next == "+";
  }

  bool unary(int64_t &V) {
    if (Pos >= T.size())
      return false;
    if (castAhead()) {
      while (T[Pos] != ")")
        ++Pos;
      ++Pos;
      return unary(V);
    }
    const std::string &Tok = T[Pos];
    if (Tok == "-" || Tok == "+" || Tok == "~" || Tok == "!") {
      ++Pos;
      if (!unary(V))
        return false;
      if (Tok == "-") V = -(uint64_t)V;
      else if (Tok == "~") V = ~V;
      else if (Tok == "!") V = !V;
      return true;
    }
    if (take("(")) {
      return cond(V) && take(")");
    }
    if (isNumber(Tok)) {
      std::string Digits = Tok;
      while (!Digits.empty() && std::strchr("uUlL", Digits.back()))
        Digits.pop_back();
      char *End = nullptr;
      V = std::strtoull(Digits.c_str(), &End, 0);
      if (!End || *End)
        return false;
      ++Pos;
      return true;
    }
    return false; // identifiers left over: not a constant
  }
};

} // namespace

bool pgcheck::evaluateMacro(Preprocessor &PP, llvm::StringRef Name,
                            int64_t &Value) {
  Expander E(PP);
  Tokens Out;
  std::set<std::string> Hide;
  if (!E.expand({Name.str()}, Hide, 0, Out))
    return false;
  if (Out.size() == 1 && Out[0] == Name)
    return false; // not a macro
  return Evaluator(Out).run(Value);
}
